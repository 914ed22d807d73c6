//! Pipeline schedule models (being described).
