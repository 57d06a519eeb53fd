/// The checks of a platform or of a service item: each indicator's assessment, by its id.
package protocol IndicatorAssessments {
    subscript(assessment id: IndicatorID) -> Assessment? { get set }
}

extension PlatformChecks: IndicatorAssessments {
    /// The assessment of platform indicator `id`; nil when not assessed (or not a platform indicator).
    package subscript(assessment id: IndicatorID) -> Assessment? {
        get {
            switch id {
            case .unifiedEntry: unifiedEntry?.assessment
            case .columns: columns?.assessment
            case .search: search?.assessment
            case .classification: classification?.assessment
            case .registration: registration?.assessment
            case .consultation: consultation?.assessment
            default: nil
            }
        }
        set {
            // A nil check is "not assessed": nothing to attach to, so it stays nil.
            guard let newValue else { return }
            switch id {
            case .unifiedEntry: unifiedEntry?.assessment = newValue
            case .columns: columns?.assessment = newValue
            case .search: search?.assessment = newValue
            case .classification: classification?.assessment = newValue
            case .registration: registration?.assessment = newValue
            case .consultation: consultation?.assessment = newValue
            default: break
            }
        }
    }
}

extension ServiceItemChecks: IndicatorAssessments {
    /// The assessment of service-item indicator `id`; nil when not assessed (or not an item indicator).
    package subscript(assessment id: IndicatorID) -> Assessment? {
        get {
            switch id {
            case .completeness: completeness?.assessment
            case .accuracy: accuracy?.assessment
            case .processClarity: processClarity?.assessment
            case .materialFormat: materialFormat?.assessment
            case .materialWording: materialWording?.assessment
            case .formDownload: formDownload?.assessment
            case .formSample: formSample?.assessment
            default: nil
            }
        }
        set {
            guard let newValue else { return }
            switch id {
            case .completeness: completeness?.assessment = newValue
            case .accuracy: accuracy?.assessment = newValue
            case .processClarity: processClarity?.assessment = newValue
            case .materialFormat: materialFormat?.assessment = newValue
            case .materialWording: materialWording?.assessment = newValue
            case .formDownload: formDownload?.assessment = newValue
            case .formSample: formSample?.assessment = newValue
            default: break
            }
        }
    }
}
