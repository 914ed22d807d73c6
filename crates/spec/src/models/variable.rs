//! Variable models (being described).
