//! Lint models (being described).
