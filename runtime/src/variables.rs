//! `{{name}}` placeholders in a base URL (Postman environment variables such as
//! `{{api-domain}}`), filled from explicit values, the environment, or defaults.

use crate::error::Error;

/// Where placeholder values come from, in order of precedence.
#[derive(Debug, Clone, Default)]
pub(crate) struct Variables {
    explicit: Vec<(String, String)>,
    pub(crate) env_prefix: Option<String>,
    defaults: Vec<(String, String)>,
}

impl Variables {
    pub(crate) fn set(&mut self, name: String, value: String) {
        self.explicit.retain(|(n, _)| *n != name);
        self.explicit.push((name, value));
    }

    pub(crate) fn set_default(&mut self, name: String, value: String) {
        self.defaults.retain(|(n, _)| *n != name);
        self.defaults.push((name, value));
    }

    /// `template` with every `{{name}}` replaced; a placeholder without a value is an
    /// error naming it and the environment variable that would have supplied it.
    pub(crate) fn fill(&self, template: &str) -> Result<String, Error> {
        let mut out = String::with_capacity(template.len());
        let mut rest = template;
        while let Some(start) = rest.find("{{") {
            out.push_str(&rest[..start]);
            let after = &rest[start + 2..];
            let Some(end) = after.find("}}") else {
                return Err(Error::Config("base URL has an unclosed `{{` placeholder".to_owned()));
            };
            let name = after[..end].trim();
            out.push_str(&self.value(name)?);
            rest = &after[end + 2..];
        }
        out.push_str(rest);
        Ok(out)
    }

    fn value(&self, name: &str) -> Result<String, Error> {
        let find = |list: &[(String, String)]| list.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        if let Some(value) = find(&self.explicit) {
            return Ok(value);
        }
        let env_name = self.env_prefix.as_deref().map(|prefix| env_name(prefix, name));
        if let Some(value) = env_name.as_deref().and_then(|n| std::env::var(n).ok()).filter(|v| !v.trim().is_empty()) {
            return Ok(value);
        }
        if let Some(value) = find(&self.defaults) {
            return Ok(value);
        }
        let hint = match env_name {
            Some(env_name) => format!(" or the environment variable `{env_name}`"),
            None => String::new(),
        };
        Err(Error::Config(format!(
            "base URL placeholder `{{{{{name}}}}}` has no value; set it with ClientBuilder::variable{hint}"
        )))
    }
}

/// `ZOHO_CRM_` + `api-domain` → `ZOHO_CRM_API_DOMAIN`.
pub(crate) fn env_name(prefix: &str, name: &str) -> String {
    let mut out = prefix.to_owned();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase());
        } else {
            out.push('_');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_values_then_defaults_fill_placeholders() {
        let mut vars = Variables::default();
        vars.set_default("api-domain".into(), "https://default.example".into());
        assert_eq!(vars.fill("{{api-domain}}/crm").ok().as_deref(), Some("https://default.example/crm"));
        vars.set("api-domain".into(), "https://set.example".into());
        assert_eq!(vars.fill("{{ api-domain }}/crm").ok().as_deref(), Some("https://set.example/crm"));
        assert_eq!(vars.fill("https://plain").ok().as_deref(), Some("https://plain"));
    }

    #[test]
    fn missing_placeholder_names_the_variable_and_environment_name() {
        let vars = Variables { env_prefix: Some("POSTGEN_TEST_UNSET_".into()), ..Variables::default() };
        match vars.fill("{{api-domain}}") {
            Err(Error::Config(message)) => {
                assert!(message.contains("`{{api-domain}}`"), "{message}");
                assert!(message.contains("POSTGEN_TEST_UNSET_API_DOMAIN"), "{message}");
            }
            other => panic!("unexpected {other:?}"),
        }
        assert!(vars.fill("{{open").is_err());
    }

    #[test]
    fn environment_names_are_upper_snake() {
        assert_eq!(env_name("ZOHO_CRM_", "api-domain"), "ZOHO_CRM_API_DOMAIN");
        assert_eq!(env_name("X_", "baseUrl"), "X_BASEURL");
    }
}
