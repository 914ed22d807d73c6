//! Container registry models (being described).
