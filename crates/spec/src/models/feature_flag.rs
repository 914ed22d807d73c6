//! Feature flag models (being described).
