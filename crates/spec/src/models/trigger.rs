//! Trigger models (being described).
