//! Application settings models (being described).
