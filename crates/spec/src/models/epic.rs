//! Epic models (being described).
