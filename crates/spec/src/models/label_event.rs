//! Label event models (being described).
