/// Where an attachment is referenced in a report.
package struct AttachmentReference: Sendable, Equatable {
    /// The JSON path of the attachment (`platforms[0].checks.search.attachments[1]`).
    package var path: String
    package var indicator: IndicatorID
    /// Index of the platform, and of the service item for item indicators.
    package var platform: Int
    package var item: Int?
    /// Whether it belongs to the rectification rather than to the assessment.
    package var inRectification: Bool
    package var attachment: Attachment
}

extension PlatformChecks {
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

extension ServiceItemChecks {
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

extension Assessment {
    /// The assessment's attachments, then its rectification's, each with whether it is the rectification's.
    package var allAttachments: [(attachment: Attachment, inRectification: Bool, index: Int)] {
        (attachments ?? []).enumerated().map { ($0.element, false, $0.offset) }
            + (rectification?.attachments ?? []).enumerated().map { ($0.element, true, $0.offset) }
    }
}

extension SelfInspectionReport {
    /// Every attachment referenced, in document order (a digest may appear at several places).
    package var attachmentReferences: [AttachmentReference] {
        var references: [AttachmentReference] = []
        func collect(_ assessment: Assessment?, _ id: IndicatorID, _ checkPath: String, platform: Int, item: Int?) {
            guard let assessment else { return }
            for (attachment, inRectification, index) in assessment.allAttachments {
                let path = "\(checkPath).\(inRectification ? "rectification.attachments" : "attachments")[\(index)]"
                references.append(
                    AttachmentReference(
                        path: path, indicator: id, platform: platform, item: item, inRectification: inRectification,
                        attachment: attachment))
            }
        }
        for (p, platform) in platforms.enumerated() {
            for id in IndicatorID.allCases where id.indicator.appliesTo == .platform {
                collect(platform.checks[assessment: id], id, "platforms[\(p)].checks.\(id.rawValue)", platform: p, item: nil)
            }
            for (i, item) in platform.serviceItems.enumerated() {
                for id in IndicatorID.allCases where id.indicator.appliesTo == .serviceItem {
                    collect(
                        item.checks[assessment: id], id, "platforms[\(p)].serviceItems[\(i)].checks.\(id.rawValue)", platform: p,
                        item: i)
                }
            }
        }
        return references
    }

    /// The distinct attachments referenced, by digest, first reference first.
    package var distinctAttachments: [Attachment] {
        var seen: Set<String> = []
        return attachmentReferences.map(\.attachment).filter { seen.insert($0.sha256).inserted }
    }
}
