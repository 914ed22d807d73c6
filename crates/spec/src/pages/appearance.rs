//! The appearance page: the instance's branding: title, logos and header and footer messages.

use gitlab_endpoint::{Endpoint, Upload};

use crate::models::Appearance;

/// Get the instance's appearance settings.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    get, "/application/appearance",
    tag = "Appearance",
    response = Appearance,
    admin,
    example = "appearance/get_appearance.json",
)]
pub struct GetAppearance {}

/// Change the instance's appearance settings, uploading new images if given.
///
/// Images travel as files of a `multipart/form-data` body.
#[derive(Debug, Clone, Endpoint)]
#[endpoint(
    put, "/application/appearance",
    tag = "Appearance",
    response = Appearance,
    admin,
    multipart,
    example = "appearance/edit_appearance.json",
)]
pub struct EditAppearance {
    /// Title of the instance on the sign-in and sign-up pages.
    pub title: Option<String>,
    /// Markdown text on the sign-in and sign-up pages.
    pub description: Option<String>,
    /// Image for the sign-in and sign-up pages.
    pub logo: Option<Upload>,
    /// Image for the navigation bar.
    pub header_logo: Option<Upload>,
    /// Favicon, as an `.ico` or `.png` file.
    pub favicon: Option<Upload>,
    /// Markdown text on the new project page.
    pub new_project_guidelines: Option<String>,
    /// Markdown text under the avatar setting of the profile page.
    pub profile_image_guidelines: Option<String>,
    /// Text of the system header bar.
    pub header_message: Option<String>,
    /// Text of the system footer bar.
    pub footer_message: Option<String>,
    /// Background color of the system header and footer bars.
    pub message_background_color: Option<String>,
    /// Text color of the system header and footer bars.
    pub message_font_color: Option<String>,
    /// Add the header and footer messages to every outgoing email.
    pub email_header_and_footer_enabled: Option<bool>,
}

/// Every endpoint of this page.
pub(crate) fn endpoints() -> Vec<gitlab_endpoint::EndpointInfo> {
    super::describe![GetAppearance, EditAppearance]
}
