//! import_export models (being described).
