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
