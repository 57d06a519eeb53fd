// libedit (Debian's libedit-dev): line editing for `zicha fill`, wide characters included.
#include <stdio.h>
#include <locale.h>
#include <wchar.h>
#include <histedit.h>
