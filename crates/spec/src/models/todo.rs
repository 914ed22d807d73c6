//! Todo models (being described).
