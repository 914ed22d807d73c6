//! project_template models (being described).
