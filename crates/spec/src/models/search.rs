//! Search models (being described).
