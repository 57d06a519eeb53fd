// libxlsxwriter (Debian's libxlsxwriter-dev): writes the filer's workbook.
#include <xlsxwriter.h>
