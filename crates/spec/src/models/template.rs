//! Instance templates: licences, `.gitignore` files, Dockerfiles and CI/CD configurations.
//!
//! They answer the same entities as the project templates (models/project_template.rs):
//! `TemplateListItem` in the lists of file templates, and `Template` for a licence (in its list
//! too) or a file template. No type of their own is needed here.
