//! Storage move models (being described).
