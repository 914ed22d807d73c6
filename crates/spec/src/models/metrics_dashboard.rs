//! Metrics dashboard models (being described).
