//! Member models (being described).
