//! Template models (being described).
