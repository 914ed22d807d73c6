//! Groups: the group entity as lists, approval rules and other entities embed it.
