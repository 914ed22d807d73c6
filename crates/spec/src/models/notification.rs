//! Notification models (being described).
