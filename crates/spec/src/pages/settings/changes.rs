//! The settings `PUT /application/settings` takes, every one optional.

use std::collections::BTreeMap;

use gitlab_endpoint::Params;

use crate::models::{
    FirstDayOfWeek, GitAccessProtocol, GroupDefaultBranchProtection, ImportSource,
    InstanceProjectCreationLevel, ProjectVisibility, SidekiqJobLimiterMode, WhatsNewVariant,
};

/// The settings of the instance that can be changed, grouped by topic; unset ones keep their
/// value.
///
/// Settings that need others when turned on say so. Besides the documented table, the
/// `kroki_enabled`, `kroki_url` and `floc_enabled` settings shown by the docs' example
/// answer are accepted too (GitLab's API declares them).
#[derive(Debug, Clone, Default, Params)]
pub struct ApplicationSettingsChanges {
    // Sign-up.
    /// Whether visitors can register an account (default `true`).
    pub signup_enabled: Option<bool>,
    /// Whether new accounts get an email asking to confirm the address.
    pub send_user_confirmation_email: Option<bool>,
    /// Whether accounts registered through the sign-up form wait in a pending state until
    /// an administrator approves them.
    pub require_admin_approval_after_user_signup: Option<bool>,
    /// Email domains new accounts must use (wildcards such as `*.example.com` allowed);
    /// empty or null means any domain.
    pub domain_allowlist: Option<Vec<String>>,
    /// Whether sign-ups from the domains of `domain_denylist` are refused.
    pub domain_denylist_enabled: Option<bool>,
    /// Email domains that cannot be used to sign up (wildcards allowed); used when
    /// `domain_denylist_enabled` is on.
    pub domain_denylist: Option<Vec<String>>,
    /// Text shown to users right after they register.
    pub after_sign_up_text: Option<String>,
    /// Whether newly registered users are external users.
    pub user_default_external: Option<bool>,
    /// Regular expression matched against email addresses: matching users are not made
    /// external by `user_default_external`.
    pub user_default_internal_regex: Option<String>,
    /// Whether the sign-up form uses the invisible CAPTCHA spam check (off by default).
    pub invisible_captcha_enabled: Option<bool>,
    /// Whether reCAPTCHA protects sign-up; needs `recaptcha_site_key` and
    /// `recaptcha_private_key`.
    pub recaptcha_enabled: Option<bool>,
    /// reCAPTCHA site key; needed when `recaptcha_enabled` is on.
    pub recaptcha_site_key: Option<String>,
    /// reCAPTCHA private key; needed when `recaptcha_enabled` is on.
    pub recaptcha_private_key: Option<String>,

    // Sign-in and sessions.
    /// Text shown on the sign-in page.
    pub sign_in_text: Option<String>,
    /// Address anonymous visitors are redirected to.
    pub home_page_url: Option<String>,
    /// Address users are redirected to after signing out.
    pub after_sign_out_path: Option<String>,
    /// Whether users can sign in to the web interface with their GitLab password (default
    /// `true`).
    pub password_authentication_enabled_for_web: Option<bool>,
    // The page types this one a string; GitLab's API declares it a boolean, like the setting it
    // replaces.
    /// Old name of `password_authentication_enabled_for_web`.
    #[param(deprecated)]
    pub signin_enabled: Option<bool>,
    /// Whether Git over HTTP(S) accepts GitLab account passwords (default `true`).
    pub password_authentication_enabled_for_git: Option<bool>,
    /// Whether passwords must hold at least one digit (GitLab 15.1 and later).
    pub password_number_required: Option<bool>,
    /// Whether passwords must hold at least one symbol (GitLab 15.1 and later).
    pub password_symbol_required: Option<bool>,
    /// Whether passwords must hold at least one upper-case letter (GitLab 15.1 and later).
    pub password_uppercase_required: Option<bool>,
    /// Whether passwords must hold at least one lower-case letter (GitLab 15.1 and later).
    pub password_lowercase_required: Option<bool>,
    /// OAuth providers that cannot be used to sign in.
    pub disabled_oauth_sign_in_sources: Option<Vec<String>>,
    /// Whether every user must set up two-factor authentication; needs
    /// `two_factor_grace_period`.
    pub require_two_factor_authentication: Option<bool>,
    /// Hours users may postpone setting up two-factor authentication once it is required.
    pub two_factor_grace_period: Option<u64>,
    /// Longest session, in minutes, of Git operations for users with two-factor
    /// authentication.
    pub git_two_factor_session_expiry: Option<u64>,
    /// Length of a web session, in minutes (a restart applies changes).
    pub session_expire_delay: Option<u64>,
    /// Whether administrators must re-authenticate (Admin Mode) before administrative work.
    pub admin_mode: Option<bool>,
    /// Whether the number of IP addresses one user signs in from is limited; needs
    /// `unique_ips_limit_per_user` and `unique_ips_limit_time_window`.
    pub unique_ips_limit_enabled: Option<bool>,
    /// Most IP addresses one user may use within the time window.
    pub unique_ips_limit_per_user: Option<u64>,
    /// Seconds an IP address counts against the per-user limit.
    pub unique_ips_limit_time_window: Option<u64>,
    /// Whether every user must accept the terms of service in `terms`.
    pub enforce_terms: Option<bool>,
    /// Markdown text of the terms of service; needed when `enforce_terms` is on.
    pub terms: Option<String>,

    // Users and accounts.
    /// Most personal projects a new user may create (default `100000`).
    pub default_projects_limit: Option<u64>,
    /// Whether users may register OAuth applications that use GitLab as their provider.
    pub user_oauth_applications: Option<bool>,
    /// Whether users without an SSH key see the warning that they cannot pull or push over
    /// SSH.
    pub user_show_add_ssh_key_message: Option<bool>,
    /// Whether avatars come from Gravatar.
    pub gravatar_enabled: Option<bool>,
    /// Whether users who stayed inactive long enough are deactivated automatically.
    pub deactivate_dormant_users: Option<bool>,
    /// Whether users get an email when their account is deactivated.
    pub user_deactivation_emails_enabled: Option<bool>,
    /// Whether the RSS, Atom and calendar feed tokens are hidden (GitLab 13.7 and later).
    pub disable_feed_token: Option<bool>,
    /// Longest lifetime, in days, of access tokens.
    pub max_personal_access_token_lifetime: Option<u64>,
    /// Text put in front of every generated personal access token (`glpat-`).
    pub personal_access_token_prefix: Option<String>,

    // SSH keys.
    /// Smallest RSA key size, in bits, that users may upload: `0` for any size (default),
    /// `-1` to refuse RSA keys.
    pub rsa_key_restriction: Option<i64>,
    /// Smallest DSA key size, in bits, that users may upload: `0` for any size (default),
    /// `-1` to refuse DSA keys.
    pub dsa_key_restriction: Option<i64>,
    /// Smallest ECDSA curve size, in bits, that users may upload: `0` for any size
    /// (default), `-1` to refuse ECDSA keys.
    pub ecdsa_key_restriction: Option<i64>,
    /// Smallest ECDSA_SK curve size, in bits, that users may upload: `0` for any size
    /// (default), `-1` to refuse ECDSA_SK keys.
    pub ecdsa_sk_key_restriction: Option<i64>,
    /// Smallest ED25519 curve size, in bits, that users may upload: `0` for any size
    /// (default), `-1` to refuse ED25519 keys.
    pub ed25519_key_restriction: Option<i64>,
    /// Smallest ED25519_SK curve size, in bits, that users may upload: `0` for any size
    /// (default), `-1` to refuse ED25519_SK keys.
    pub ed25519_sk_key_restriction: Option<i64>,
    /// Longest lifetime, in days, of SSH keys (GitLab 14.6 and later).
    pub max_ssh_key_lifetime: Option<u64>,
    /// Whether GitLab writes users' SSH keys to the `authorized_keys` file; turn off only
    /// when OpenSSH looks keys up in the database through `AuthorizedKeysCommand`.
    pub authorized_keys_enabled: Option<bool>,

    // Visibility and project creation.
    /// Visibility of new projects (default `private`).
    pub default_project_visibility: Option<ProjectVisibility>,
    /// Visibility of new groups (default `private`).
    pub default_group_visibility: Option<ProjectVisibility>,
    /// Visibility of new snippets (default `private`).
    pub default_snippet_visibility: Option<ProjectVisibility>,
    /// Visibility levels that only administrators may give to groups, projects and
    /// snippets; empty or null means none is restricted.
    pub restricted_visibility_levels: Option<Vec<ProjectVisibility>>,
    /// Who may create projects in new groups by default.
    pub default_project_creation: Option<InstanceProjectCreationLevel>,
    /// How the default branch of new projects is protected (default `2`, full protection).
    pub default_branch_protection: Option<GroupDefaultBranchProtection>,
    /// Name of the first branch of new repositories (GitLab 13.2 and later).
    pub default_branch_name: Option<String>,
    /// Sources projects may be imported from.
    pub import_sources: Option<Vec<ImportSource>>,
    /// Whether projects can be exported.
    pub project_export_enabled: Option<bool>,
    /// Protocols Git access is allowed over: `ssh`, `http`, or `nil` for both (null in
    /// answers).
    pub enabled_git_access_protocol: Option<GitAccessProtocol>,
    /// Whether project maintainers may set up repository mirroring (otherwise only
    /// administrators may).
    pub mirror_available: Option<bool>,
    /// Most mirrors that may synchronize at the same time.
    pub mirror_max_capacity: Option<u64>,
    /// Free mirroring capacity needed before more mirror updates are scheduled ahead of
    /// time.
    pub mirror_capacity_threshold: Option<u64>,
    /// Longest time, in minutes, between two updates of a mirror.
    pub mirror_max_delay: Option<u64>,

    // Deletion.
    /// Whether new groups delay the deletion of their projects (default `false`); from
    /// GitLab 15.1 only possible with `delayed_group_deletion` on.
    pub delayed_project_deletion: Option<bool>,
    /// Whether deleted groups are kept for a while before removal (default `true`; GitLab
    /// 15.0 and later).
    pub delayed_group_deletion: Option<bool>,
    /// Days, `1` to `90`, a project or group marked for deletion is kept before it is
    /// removed (default `7`).
    pub deletion_adjourned_period: Option<u64>,
    /// Whether inactive projects are deleted (default `false`; GitLab 14.10 and later).
    pub delete_inactive_projects: Option<bool>,
    /// Months of inactivity after which a project is deleted, when
    /// `delete_inactive_projects` is on (default `2`).
    pub inactive_projects_delete_after_months: Option<u64>,
    /// Smallest repository size, in MB, of projects checked for inactivity (default `0`).
    pub inactive_projects_min_size_mb: Option<u64>,
    /// Months of inactivity after which the maintainers are warned that the project will be
    /// deleted (default `1`).
    pub inactive_projects_send_warning_email_after_months: Option<u64>,

    // Size and content limits.
    /// Largest attachment, in MB.
    pub max_attachment_size: Option<u64>,
    /// Largest job artifacts archive, in MB.
    pub max_artifacts_size: Option<u64>,
    /// Largest export, in MB; `0` for no limit (default).
    pub max_export_size: Option<u64>,
    /// Largest import, in MB; `0` for no limit (default since GitLab 13.8).
    pub max_import_size: Option<u64>,
    /// Largest GitLab Pages site, in MB.
    pub max_pages_size: Option<u64>,
    /// Largest push, in MB.
    pub receive_max_input_size: Option<u64>,
    /// Largest repository, in MB (paid tiers).
    pub repository_size_limit: Option<u64>,
    /// Largest patch of one diff, in bytes.
    pub diff_max_patch_bytes: Option<u64>,
    /// Most files shown in one diff.
    pub diff_max_files: Option<u64>,
    /// Most lines shown in one diff.
    pub diff_max_lines: Option<u64>,
    /// Largest snippet content, in bytes (default 52428800, 50 MB).
    pub snippet_size_limit: Option<u64>,
    /// Largest wiki page content, in bytes, at least 1024 (default 52428800, 50 MB).
    pub wiki_page_max_content_bytes: Option<u64>,

    // Rate limits.
    /// Most issues one user may create per minute; `0` for no limit (default).
    pub issues_create_limit: Option<u64>,
    /// Most pipelines one user may create per minute for one commit; `0` for no limit
    /// (default).
    pub pipeline_limit_per_project_user_sha: Option<u64>,
    /// Most requests per minute for one raw file path; `0` for no limit (default `300`).
    pub raw_blob_request_limit: Option<u64>,
    /// Most searches per minute of a signed-in user; `0` for no limit (default `30`).
    pub search_rate_limit: Option<u64>,
    /// Most searches per minute of an anonymous visitor; `0` for no limit (default `10`).
    pub search_rate_limit_unauthenticated: Option<u64>,
    /// Most email look-ups per minute; `0` for no limit (default `60`). Replaced by
    /// `search_rate_limit`.
    #[param(deprecated)]
    pub user_email_lookup_limit: Option<u64>,
    /// Plain text answered to requests over a `throttle_*` limit (`Retry later` when
    /// blank).
    pub rate_limiting_response_text: Option<String>,
    /// Whether API requests of signed-in users are rate limited; needs the period and
    /// request count.
    pub throttle_authenticated_api_enabled: Option<bool>,
    /// Length, in seconds, of the period of
    /// `throttle_authenticated_api_requests_per_period`.
    pub throttle_authenticated_api_period_in_seconds: Option<u64>,
    /// Most API requests of one signed-in user per period.
    pub throttle_authenticated_api_requests_per_period: Option<u64>,
    /// Whether package registry API requests of signed-in users are rate limited; needs the
    /// period and request count.
    pub throttle_authenticated_packages_api_enabled: Option<bool>,
    /// Length, in seconds, of the period of
    /// `throttle_authenticated_packages_api_requests_per_period`.
    pub throttle_authenticated_packages_api_period_in_seconds: Option<u64>,
    /// Most package registry API requests of one signed-in user per period.
    pub throttle_authenticated_packages_api_requests_per_period: Option<u64>,
    /// Whether web requests of signed-in users are rate limited; needs the period and
    /// request count.
    pub throttle_authenticated_web_enabled: Option<bool>,
    /// Length, in seconds, of the period of
    /// `throttle_authenticated_web_requests_per_period`.
    pub throttle_authenticated_web_period_in_seconds: Option<u64>,
    /// Most web requests of one signed-in user per period.
    pub throttle_authenticated_web_requests_per_period: Option<u64>,
    /// Whether anonymous web requests are rate limited (replaced in GitLab 14.3 by
    /// `throttle_unauthenticated_web_enabled` and `throttle_unauthenticated_api_enabled`).
    #[param(deprecated)]
    pub throttle_unauthenticated_enabled: Option<bool>,
    /// Length, in seconds, of the period of `throttle_unauthenticated_requests_per_period`
    /// (replaced in GitLab 14.3).
    #[param(deprecated)]
    pub throttle_unauthenticated_period_in_seconds: Option<u64>,
    /// Most anonymous requests from one IP address per period (replaced in GitLab 14.3).
    #[param(deprecated)]
    pub throttle_unauthenticated_requests_per_period: Option<u64>,
    /// Whether anonymous API requests are rate limited; needs the period and request count.
    pub throttle_unauthenticated_api_enabled: Option<bool>,
    /// Length, in seconds, of the period of
    /// `throttle_unauthenticated_api_requests_per_period`.
    pub throttle_unauthenticated_api_period_in_seconds: Option<u64>,
    /// Most anonymous API requests from one IP address per period.
    pub throttle_unauthenticated_api_requests_per_period: Option<u64>,
    /// Whether anonymous package registry API requests are rate limited; needs the period
    /// and request count.
    pub throttle_unauthenticated_packages_api_enabled: Option<bool>,
    /// Length, in seconds, of the period of
    /// `throttle_unauthenticated_packages_api_requests_per_period`.
    pub throttle_unauthenticated_packages_api_period_in_seconds: Option<u64>,
    /// Most anonymous package registry API requests from one IP address per period.
    pub throttle_unauthenticated_packages_api_requests_per_period: Option<u64>,
    /// Whether anonymous web requests are rate limited; needs the period and request count.
    pub throttle_unauthenticated_web_enabled: Option<bool>,
    /// Length, in seconds, of the period of
    /// `throttle_unauthenticated_web_requests_per_period`.
    pub throttle_unauthenticated_web_period_in_seconds: Option<u64>,
    /// Most anonymous web requests from one IP address per period.
    pub throttle_unauthenticated_web_requests_per_period: Option<u64>,
    /// Most distinct repositories one user may download within the reporting period before
    /// being banned; `0` (default) to `10000` (GitLab 15.1 and later).
    pub max_number_of_repository_downloads: Option<u64>,
    /// Length of that reporting period, in seconds; `0` (default) to `864000` (10 days).
    pub max_number_of_repository_downloads_within_time_period: Option<u64>,
    /// Usernames, at most 100, exempt from the Git download limits (GitLab 15.2 and later;
    /// default empty).
    pub git_rate_limit_users_allowlist: Option<Vec<String>>,
    /// Number of changed branches or tags in one push above which one bulk push event is
    /// recorded instead of one event each.
    pub push_event_activities_limit: Option<u64>,
    /// Number of changed branches or tags in one push above which webhooks and integrations
    /// are not triggered.
    pub push_event_hooks_limit: Option<u64>,

    // Outbound requests.
    /// Whether webhooks and integrations may call addresses of the local network.
    pub allow_local_requests_from_web_hooks_and_services: Option<bool>,
    /// Old name of `allow_local_requests_from_web_hooks_and_services`.
    #[param(deprecated)]
    pub allow_local_requests_from_hooks_and_services: Option<bool>,
    /// Whether system hooks may call addresses of the local network.
    pub allow_local_requests_from_system_hooks: Option<bool>,
    /// Domains and IP addresses of the local network that hooks and integrations may call
    /// even when local requests are refused.
    pub outbound_local_requests_whitelist: Option<Vec<String>>,
    /// Whether outbound requests are protected against DNS rebinding.
    pub dns_rebinding_protection_enabled: Option<bool>,

    // Asset proxy.
    /// Whether images and other assets of Markdown are served through the asset proxy;
    /// needs `asset_proxy_url` (a restart applies changes).
    pub asset_proxy_enabled: Option<bool>,
    /// Address of the asset proxy server.
    pub asset_proxy_url: Option<String>,
    /// Secret shared with the asset proxy server (never answered).
    pub asset_proxy_secret_key: Option<String>,
    /// Domains whose assets are not proxied (wildcards allowed; the instance itself is
    /// always included). A comma-separated string is accepted too.
    pub asset_proxy_allowlist: Option<Vec<String>>,
    /// Old name of `asset_proxy_allowlist`.
    #[param(deprecated)]
    pub asset_proxy_whitelist: Option<Vec<String>>,

    // CI/CD.
    /// Whether projects use Auto DevOps unless they have a CI/CD configuration.
    pub auto_devops_enabled: Option<bool>,
    /// Domain used by default for the Auto Review Apps and Auto Deploy stages of every
    /// project.
    pub auto_devops_domain: Option<String>,
    /// Whether new projects use the shared runners; needs `shared_runners_text` and
    /// `shared_runners_minutes`.
    pub shared_runners_enabled: Option<bool>,
    /// Text about the shared runners, shown to users.
    pub shared_runners_text: Option<String>,
    /// CI/CD minutes a group may use on shared runners per month (paid tiers).
    pub shared_runners_minutes: Option<u64>,
    /// How long job artifacts are kept by default, such as `30 days`.
    pub default_artifacts_expire_in: Option<String>,
    /// Age after which jobs are archived and can no longer be retried, at least one day
    /// (`15 days`, `1 month`, `2 years`); blank to never archive.
    pub archive_builds_in_human_readable: Option<String>,
    /// CI/CD configuration file of new projects (`.gitlab-ci.yml` when unset).
    pub default_ci_config_path: Option<String>,
    /// Whether the artifacts of the latest successful jobs are kept whatever their expiry
    /// (on by default).
    pub keep_latest_artifact: Option<bool>,
    /// Whether new CI/CD variables are protected by default.
    pub protected_ci_variables: Option<bool>,
    /// Whether merge requests of projects without pipelines suggest adding one.
    pub suggest_pipeline_enabled: Option<bool>,
    /// Address pipelines are sent to for validation.
    pub external_pipeline_validation_service_url: Option<String>,
    /// Token sent in the `X-Gitlab-Token` header of pipeline validation requests.
    pub external_pipeline_validation_service_token: Option<String>,
    /// How long to wait for the pipeline validation service; a pipeline is accepted when it
    /// does not answer in time.
    pub external_pipeline_validation_service_timeout: Option<u64>,

    // Container and package registries.
    /// Lifetime of container registry tokens, in minutes.
    pub container_registry_token_expire_delay: Option<u64>,
    /// Whether cleanup policies may be turned on for every project, including projects
    /// created before they existed.
    pub container_expiration_policies_enable_historic_entries: Option<bool>,
    /// Most tags one cleanup policy run deletes.
    pub container_registry_cleanup_tags_service_max_list_size: Option<u64>,
    /// Longest time, in seconds, a cleanup run may spend deleting one batch of tags.
    pub container_registry_delete_tags_service_timeout: Option<u64>,
    /// Whether cleanup policy runs use a cache.
    pub container_registry_expiration_policies_caching: Option<bool>,
    /// Number of workers running cleanup policies.
    pub container_registry_expiration_policies_worker_capacity: Option<u64>,
    /// Number of workers running package cleanup policies.
    pub package_registry_cleanup_policies_worker_capacity: Option<u64>,
    /// Whether npm packages missing from the package registry are fetched from npmjs.org.
    pub npm_package_requests_forwarding: Option<bool>,
    /// Whether PyPI packages missing from the package registry are fetched from pypi.org.
    pub pypi_package_requests_forwarding: Option<bool>,

    // Repositories and storage.
    /// Weight of each repository storage (names from `gitlab.yml`) in the random choice of
    /// where new projects go (GitLab 13.1 and later).
    pub repository_storages_weighted: Option<BTreeMap<String, u64>>,
    /// Repository storages new projects are spread over at random (GitLab 13.0 and
    /// earlier).
    pub repository_storages: Option<Vec<String>>,
    /// Whether GitLab runs `git fsck` on all repositories from time to time to find silent
    /// corruption.
    pub repository_checks_enabled: Option<bool>,
    /// Whether new projects use hashed storage paths; always on since GitLab 13.0, the
    /// setting is ignored.
    #[param(deprecated)]
    pub hashed_storage_enabled: Option<bool>,
    /// Whether Git housekeeping runs; needs the three `housekeeping_*_period` settings.
    pub housekeeping_enabled: Option<bool>,
    /// Whether housekeeping writes pack bitmaps; always on, the setting is ignored and
    /// answered as `true`.
    #[param(deprecated)]
    pub housekeeping_bitmaps_enabled: Option<bool>,
    /// Number of pushes after which a full `git repack` runs.
    pub housekeeping_full_repack_period: Option<u64>,
    /// Number of pushes after which `git gc` runs.
    pub housekeeping_gc_period: Option<u64>,
    /// Number of pushes after which an incremental `git repack` runs.
    pub housekeeping_incremental_repack_period: Option<u64>,
    /// Default timeout of Gitaly calls, in seconds (not applied to fetches, pushes and
    /// background jobs); `0` for none.
    pub gitaly_timeout_default: Option<u64>,
    /// Timeout of Gitaly calls expected to be fast, in seconds; `0` for none.
    pub gitaly_timeout_fast: Option<u64>,
    /// Timeout of medium Gitaly calls, in seconds, between the fast and the default ones;
    /// `0` for none.
    pub gitaly_timeout_medium: Option<u64>,
    /// Version of the rendered Markdown cache; raising it renders all cached Markdown
    /// again.
    pub local_markdown_version: Option<u64>,
    /// Host name of the private commit email addresses.
    pub commit_email_hostname: Option<String>,

    // Email.
    /// Address abuse reports are sent to, besides the Admin Area.
    pub abuse_notification_email: Option<String>,
    /// Old name of `abuse_notification_email`.
    #[param(deprecated)]
    pub admin_notification_email: Option<String>,
    /// Whether notification emails name the author in the body, for email servers that
    /// cannot change the sender name.
    pub email_author_in_body: Option<bool>,
    /// Text added at the end of every email, for legal or compliance needs (paid tiers).
    pub email_additional_text: Option<String>,
    /// Whether emails are sent as HTML besides plain text.
    pub html_emails_enabled: Option<bool>,
    /// Whether users get in-product marketing emails (on by default).
    pub in_product_marketing_emails_enabled: Option<bool>,
    /// Whether GitLab receives Mailgun events.
    pub mailgun_events_enabled: Option<bool>,
    /// Key that signs the Mailgun webhook events.
    pub mailgun_signing_key: Option<String>,

    // Help and user interface.
    /// Text shown on the help page.
    pub help_page_text: Option<String>,
    /// Whether marketing entries are left out of the help.
    pub help_page_hide_commercial_content: Option<bool>,
    /// Support address used by the help page and menu.
    pub help_page_support_url: Option<String>,
    /// Information about the instance's administrators, shown to users (paid tiers).
    pub help_text: Option<String>,
    /// Whether offers of third parties are hidden.
    pub hide_third_party_offers: Option<bool>,
    /// First day of the week in calendars and date pickers (default `0`, Sunday).
    pub first_day_of_week: Option<FirstDayOfWeek>,
    /// Whether time tracking shows hours only, never days or weeks (default `false`).
    pub time_tracking_limit_to_hours: Option<bool>,
    /// Which entries the "What's new" drawer shows.
    pub whats_new_variant: Option<WhatsNewVariant>,
    /// Longest web terminal session, in seconds; `0` for no limit.
    pub terminal_max_session_time: Option<u64>,
    /// Factor applied to the polling interval of endpoints that poll; `0` turns polling
    /// off.
    pub polling_interval_multiplier: Option<f64>,
    /// Whether the Web IDE offers the live preview of JavaScript projects.
    pub web_ide_clientside_preview_enabled: Option<bool>,
    /// Whether the instance is in maintenance mode: other users can only sign in and read
    /// (paid tiers).
    pub maintenance_mode: Option<bool>,
    /// Message shown while the instance is in maintenance mode.
    pub maintenance_mode_message: Option<String>,

    // Performance and monitoring.
    // Despite its name GitLab takes a group path here (a string); answers show the group's ID.
    /// Group allowed to show the performance bar: given by its path (old name of
    /// `performance_bar_allowed_group_path`), answered as its ID.
    #[param(deprecated)]
    pub performance_bar_allowed_group_id: Option<String>,
    /// Path of the group allowed to show the performance bar.
    pub performance_bar_allowed_group_path: Option<String>,
    /// Whether the performance bar can be shown; send `performance_bar_allowed_group_path`
    /// empty instead.
    #[param(deprecated)]
    pub performance_bar_enabled: Option<bool>,
    /// Whether GitLab exports Prometheus metrics.
    pub prometheus_metrics_enabled: Option<bool>,
    /// Duration, in milliseconds, above which a method call is tracked.
    pub metrics_method_call_threshold: Option<u64>,
    /// Whether the instance sends its weekly usage data (Service Ping) to GitLab Inc.
    pub usage_ping_enabled: Option<bool>,
    /// Whether GitLab tells administrators about available updates.
    pub version_check_enabled: Option<bool>,
    /// What happens to background jobs over the size limits (default `compress`).
    pub sidekiq_job_limiter_mode: Option<SidekiqJobLimiterMode>,
    /// Size, in bytes, above which background job arguments are compressed before they go
    /// to Redis (default 100000).
    pub sidekiq_job_limiter_compression_threshold_bytes: Option<u64>,
    /// Size, in bytes, above which background jobs are refused; `0` refuses none (default).
    pub sidekiq_job_limiter_limit_bytes: Option<u64>,

    // Spam protection.
    /// Whether Akismet checks content for spam; needs `akismet_api_key`.
    pub akismet_enabled: Option<bool>,
    /// Akismet API key; needed when `akismet_enabled` is on.
    pub akismet_api_key: Option<String>,
    /// Whether an external Spamcheck service checks content (default `false`).
    pub spam_check_endpoint_enabled: Option<bool>,
    /// Address of the Spamcheck service, with the `grpc` or `tls` scheme (`tls` encrypts
    /// the connection).
    pub spam_check_endpoint_url: Option<String>,
    /// Key GitLab sends to the Spamcheck service.
    pub spam_check_api_key: Option<String>,

    // External authorization.
    /// Whether project access is checked with an external authorization service; needs the
    /// default label, timeout and URL.
    pub external_authorization_service_enabled: Option<bool>,
    /// Address authorization requests are sent to.
    pub external_authorization_service_url: Option<String>,
    /// Classification label sent for projects that have none.
    pub external_authorization_service_default_label: Option<String>,
    /// Seconds, `0.001` to `10`, to wait for the authorization service; access is refused
    /// when it does not answer in time.
    pub external_authorization_service_timeout: Option<f64>,
    /// Certificate GitLab presents to the authorization service; needs
    /// `external_auth_client_key`.
    pub external_auth_client_cert: Option<String>,
    /// Private key of that certificate (stored encrypted).
    pub external_auth_client_key: Option<String>,
    /// Passphrase of that private key (stored encrypted).
    pub external_auth_client_key_pass: Option<String>,

    // Integrations.
    /// Whether PlantUML diagrams are rendered; needs `plantuml_url` (default `false`).
    pub plantuml_enabled: Option<bool>,
    /// Address of the PlantUML server.
    pub plantuml_url: Option<String>,
    // Not in the page's table; the example answer shows it and GitLab's API accepts it.
    /// Whether Kroki diagrams are rendered; needs `kroki_url`.
    pub kroki_enabled: Option<bool>,
    /// Address of the Kroki server.
    pub kroki_url: Option<String>,
    /// Whether the Sourcegraph integration is on; needs `sourcegraph_url` (default
    /// `false`).
    pub sourcegraph_enabled: Option<bool>,
    /// Address of the Sourcegraph instance.
    pub sourcegraph_url: Option<String>,
    /// Whether Sourcegraph is kept off private and internal projects (default `true`).
    pub sourcegraph_public_only: Option<bool>,
    /// Whether the Grafana link is shown.
    pub grafana_enabled: Option<bool>,
    /// Address of Grafana.
    pub grafana_url: Option<String>,
    /// Whether the Amazon EKS integration is on.
    pub eks_integration_enabled: Option<bool>,
    /// Amazon account ID of the EKS integration.
    pub eks_account_id: Option<String>,
    /// Access key ID of the AWS IAM user of the EKS integration.
    pub eks_access_key_id: Option<String>,
    /// Secret access key of that IAM user (never answered).
    pub eks_secret_access_key: Option<String>,
    /// Whether the GitLab for Slack app is on; needs `slack_app_id`, `slack_app_secret` and
    /// `slack_app_verification_token`.
    pub slack_app_enabled: Option<bool>,
    /// App ID of the Slack app.
    pub slack_app_id: Option<String>,
    /// App secret of the Slack app.
    pub slack_app_secret: Option<String>,
    /// Signing secret of the Slack app.
    pub slack_app_signing_secret: Option<String>,
    /// Verification token of the Slack app.
    pub slack_app_verification_token: Option<String>,
    /// Whether events are tracked with Snowplow; needs `snowplow_collector_hostname`.
    pub snowplow_enabled: Option<bool>,
    /// Host name of the Snowplow collector, such as `snowplow.trx.gitlab.net`.
    pub snowplow_collector_hostname: Option<String>,
    /// Cookie domain of Snowplow, such as `.gitlab.com`.
    pub snowplow_cookie_domain: Option<String>,
    /// Site name or application ID reported to Snowplow, such as `gitlab`.
    pub snowplow_app_id: Option<String>,
    // Not in the page's table; the example answer shows it and GitLab's API accepts it.
    /// Whether pages allow the browser's Federated Learning of Cohorts (FLoC) tracking.
    pub floc_enabled: Option<bool>,

    // Pages.
    /// Whether users must prove they own the custom domains of their Pages sites.
    pub pages_domain_verification_enabled: Option<bool>,

    // Elasticsearch (paid tiers).
    /// Whether content is indexed in Elasticsearch.
    pub elasticsearch_indexing: Option<bool>,
    /// Whether searches use Elasticsearch.
    pub elasticsearch_search: Option<bool>,
    /// Elasticsearch addresses; sent as one comma-separated string (`http://localhost:9200,
    /// http://localhost:9201`), answered as a list.
    pub elasticsearch_url: Option<String>,
    /// User name for Elasticsearch.
    pub elasticsearch_username: Option<String>,
    /// Password for Elasticsearch.
    pub elasticsearch_password: Option<String>,
    /// Whether Elasticsearch is hosted by AWS.
    pub elasticsearch_aws: Option<bool>,
    /// AWS region of the Elasticsearch domain.
    pub elasticsearch_aws_region: Option<String>,
    /// AWS IAM access key for Elasticsearch.
    pub elasticsearch_aws_access_key: Option<String>,
    /// AWS IAM secret access key for Elasticsearch.
    pub elasticsearch_aws_secret_access_key: Option<String>,
    /// Whether only the namespaces and projects listed are indexed.
    pub elasticsearch_limit_indexing: Option<bool>,
    /// Namespaces indexed when `elasticsearch_limit_indexing` is on.
    pub elasticsearch_namespace_ids: Option<Vec<u64>>,
    /// Projects indexed when `elasticsearch_limit_indexing` is on.
    pub elasticsearch_project_ids: Option<Vec<u64>>,
    /// Longest text field indexed, in characters; `0` for no limit (repositories and wikis
    /// excepted).
    pub elasticsearch_indexed_field_length_limit: Option<u64>,
    /// Largest repository or wiki file indexed, in KiB.
    pub elasticsearch_indexed_file_size_limit_kb: Option<u64>,
    /// Most concurrent bulk requests of one repository indexing run.
    pub elasticsearch_max_bulk_concurrency: Option<u64>,
    /// Largest bulk request of repository indexing, in MB.
    pub elasticsearch_max_bulk_size_mb: Option<u64>,

    // Plans, storage and Geo (paid tiers).
    /// Whether paid features are available only to projects whose namespace plan includes
    /// them (or that are public).
    pub check_namespace_plan: Option<bool>,
    /// Whether purchased storage is allocated to namespaces automatically.
    pub automatic_purchased_storage_allocation: Option<bool>,
    /// Whether namespace storage limits are enforced.
    pub enforce_namespace_storage_limit: Option<bool>,
    /// Whether group owners may manage the group's LDAP settings.
    pub allow_group_owners_to_manage_ldap: Option<bool>,
    /// Project whose repository holds the instance's custom file templates.
    pub file_template_project_id: Option<u64>,
    // The page marks this one required, but every setting is optional when changing settings;
    // GitLab's API declares it optional.
    /// Comma-separated IP addresses and CIDR ranges of the secondary Geo sites allowed,
    /// such as `1.1.1.1, 2.2.2.0/24`.
    pub geo_node_allowed_ips: Option<String>,
    /// Seconds after which a status request to a secondary Geo site times out.
    pub geo_status_timeout: Option<u64>,
}
