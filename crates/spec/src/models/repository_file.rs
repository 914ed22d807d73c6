//! repository_file models (being described).
