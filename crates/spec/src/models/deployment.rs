//! Deployment models (being described).
