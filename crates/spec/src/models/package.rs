//! Package models (being described).
