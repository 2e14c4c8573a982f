/// Get gadget.
///
/// A made-up API page whose operation has the flaws docmodel's rule \`operation\` decides.
///
/// - `GET /gadgets/{id}`
///
/// Answered by `200` with a JSON value.
///
/// Generated from `docs/operation-flaws.md`, line 15.
#[derive(Debug, Clone, PartialEq)]
pub struct GetGadget {
    /// Query options (`$select`, `$filter`, `$top`, ...): none unless set.
    pub query: ::docmodel::Query,
    pub(crate) path: ::docmodel::__private::PathValues,
}
#[allow(clippy::new_without_default, clippy::too_many_arguments)]
impl GetGadget {
    /// The request to `/gadgets/{id}`, from `docs/operation-flaws.md`, line 15.
    pub fn new(gadget_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            query: ::docmodel::Query::new(),
            path: ::docmodel::__private::PathValues::new(0, [gadget_id.into()]),
        }
    }
}
::docmodel::__private::operation! {
    GetGadget, GET, 200, [], json(::docmodel::Value), ["/gadgets/{id}"], [], [], []
}
