//! Job models (being described).
