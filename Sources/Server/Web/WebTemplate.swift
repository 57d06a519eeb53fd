/// Every page template, named after its file `Resources/templates/NAME.mustache`; every render
/// call names one of these. The other files there are partials the pages use (the `layout` frame
/// with `head`, `navigation`, `footer`, and pieces such as `tag`, `option`, `barChart`).
package enum WebTemplate: String, CaseIterable, Sendable {
    case checklist
    case dashboard
    case error
    case filer
    case home
    case publicIndex
    case publicResults
    case publishPreview
    case signIn
    case spotCheckItem
    case spotChecks
    case summary
}
