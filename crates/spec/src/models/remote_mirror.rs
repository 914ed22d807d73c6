//! remote_mirror models (being described).
