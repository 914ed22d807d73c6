//! Integration models (being described).
