//! OData query options, typed.

use super::encode::push_component;
use std::fmt;

/// The OData query options of a request (`$select`, `$expand`, `$filter`, `$orderby`, `$search`,
/// `$top`, `$skip`, `$count`), and any other query parameter a page lists.
///
/// Written as Graph expects, in a fixed order whatever the order of the calls: `$select`,
/// `$expand`, `$filter`, `$search`, `$orderby`, `$top`, `$skip`, `$count`, then the other
/// parameters in the order given. List options are joined with `,`; each value is
/// percent-encoded as a query component (OData's `'`, `(`, `)`, `,`, `$` and `:` stay as they are;
/// space, `&`, `=`, `+`, `#`, `%` and `"` are encoded).
///
/// ```
/// use docmodel::Query;
/// let query = Query::new()
///     .top(5)
///     .select(["displayName", "mail"])
///     .filter("startswith(displayName,'A&B')")
///     .search("pizza night")
///     .count(true);
/// assert_eq!(
///     query.to_string(),
///     "$select=displayName,mail&$filter=startswith(displayName,'A%26B')\
///      &$search=%22pizza%20night%22&$top=5&$count=true"
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Query {
    select: Vec<String>,
    expand: Vec<String>,
    filter: Option<String>,
    search: Option<String>,
    orderby: Vec<String>,
    top: Option<u32>,
    skip: Option<u32>,
    count: Option<bool>,
    params: Vec<(String, String)>,
}

impl Query {
    /// No options.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds properties to `$select`.
    pub fn select<I: IntoIterator<Item = S>, S: Into<String>>(mut self, properties: I) -> Self {
        self.select.extend(properties.into_iter().map(Into::into));
        self
    }

    /// Adds relationships to `$expand` (`members`, or `members($select=id)`).
    pub fn expand<I: IntoIterator<Item = S>, S: Into<String>>(mut self, relationships: I) -> Self {
        self.expand
            .extend(relationships.into_iter().map(Into::into));
        self
    }

    /// Sets `$filter` to an OData expression (`startswith(displayName,'a')`), as written.
    pub fn filter(mut self, expression: impl Into<String>) -> Self {
        self.filter = Some(expression.into());
        self
    }

    /// Sets `$search` to a search term, quoted as Graph requires: `pizza` is `$search="pizza"`;
    /// a `"` or `\` in the term is escaped with `\`.
    pub fn search(mut self, term: &str) -> Self {
        let mut quoted = String::with_capacity(term.len() + 2);
        quoted.push('"');
        for c in term.chars() {
            if c == '"' || c == '\\' {
                quoted.push('\\');
            }
            quoted.push(c);
        }
        quoted.push('"');
        self.search = Some(quoted);
        self
    }

    /// Sets `$search` to an expression as written, for the forms that quote each clause
    /// themselves (`"displayName:wa" OR "mail:wa"`).
    pub fn search_expression(mut self, expression: impl Into<String>) -> Self {
        self.search = Some(expression.into());
        self
    }

    /// Adds sort keys to `$orderby` (`displayName`, `createdDateTime desc`).
    pub fn orderby<I: IntoIterator<Item = S>, S: Into<String>>(mut self, keys: I) -> Self {
        self.orderby.extend(keys.into_iter().map(Into::into));
        self
    }

    /// Sets `$top`: at most this many items per page.
    pub fn top(mut self, n: u32) -> Self {
        self.top = Some(n);
        self
    }

    /// Sets `$skip`.
    pub fn skip(mut self, n: u32) -> Self {
        self.skip = Some(n);
        self
    }

    /// Sets `$count`: whether the answer carries `@odata.count`.
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Adds another query parameter (`startDateTime`), after the OData options.
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.params.push((name.into(), value.into()));
        self
    }

    /// Whether no option is set.
    pub fn is_empty(&self) -> bool {
        self == &Self::default()
    }
}

/// The encoded query, without the leading `?`.
impl fmt::Display for Query {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut out = String::new();
        let mut option = |name: &str, values: &[&str]| {
            if !out.is_empty() {
                out.push('&');
            }
            push_component(&mut out, name);
            out.push('=');
            for (i, value) in values.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                push_component(&mut out, value);
            }
        };
        fn list(values: &[String]) -> Vec<&str> {
            values.iter().map(String::as_str).collect()
        }
        if !self.select.is_empty() {
            option("$select", &list(&self.select));
        }
        if !self.expand.is_empty() {
            option("$expand", &list(&self.expand));
        }
        if let Some(filter) = &self.filter {
            option("$filter", &[filter.as_str()]);
        }
        if let Some(search) = &self.search {
            option("$search", &[search.as_str()]);
        }
        if !self.orderby.is_empty() {
            option("$orderby", &list(&self.orderby));
        }
        if let Some(top) = self.top {
            option("$top", &[top.to_string().as_str()]);
        }
        if let Some(skip) = self.skip {
            option("$skip", &[skip.to_string().as_str()]);
        }
        if let Some(count) = self.count {
            option("$count", &[if count { "true" } else { "false" }]);
        }
        for (name, value) in &self.params {
            option(name, &[value.as_str()]);
        }
        f.write_str(&out)
    }
}
