//! Event models (being described).
