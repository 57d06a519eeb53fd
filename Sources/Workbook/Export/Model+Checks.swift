import Shared

extension PlatformChecks {
    /// The assessment of the platform indicator `id`, nil when not assessed.
    func assessment(of id: IndicatorID) -> Assessment? {
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
}

extension ServiceItemChecks {
    /// The assessment of the service-item indicator `id`, nil when not assessed.
    func assessment(of id: IndicatorID) -> Assessment? {
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
}
