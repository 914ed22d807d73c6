//! Analytics models (being described).
