import Shared

/// The filer's workbook (Excel/WPS): written with libxlsxwriter, read with ZIPFoundation and
/// SWXMLHash. Used by the `zicha` client (init, export, import) and by the reviewer pages.
package enum Workbook {}
