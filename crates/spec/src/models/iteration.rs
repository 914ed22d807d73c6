//! Iteration models (being described).
