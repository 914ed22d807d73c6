//! Error tracking models (being described).
