//! User credentials: SSH keys, GPG keys, emails and access tokens.
