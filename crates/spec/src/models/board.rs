//! Board models (being described).
