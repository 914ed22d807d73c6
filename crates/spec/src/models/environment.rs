//! Environment models (being described).
