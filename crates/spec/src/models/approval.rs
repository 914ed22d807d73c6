//! approval models (being described).
