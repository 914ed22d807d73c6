//! Runner models (being described).
