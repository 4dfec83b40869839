"""Small PDFs made with pdfium itself, for tests that need a PDF of a particular shape."""

from __future__ import annotations

import ctypes
import io

import pypdfium2 as pdfium
import pypdfium2.raw as raw


def make_pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose pages hold the given lines of Helvetica text (an empty list: a blank page)."""
    pdf = pdfium.PdfDocument.new()
    font = raw.FPDFText_LoadStandardFont(pdf, b"Helvetica")
    for lines in pages:
        page = pdf.new_page(612, 792)
        for i, text in enumerate(lines):
            obj = raw.FPDFPageObj_CreateTextObj(pdf, font, 12.0)
            buf = ctypes.create_string_buffer((text + "\x00").encode("utf-16-le"))
            raw.FPDFText_SetText(obj, ctypes.cast(buf, ctypes.POINTER(raw.FPDF_WCHAR)))
            raw.FPDFPageObj_Transform(obj, 1, 0, 0, 1, 72, 720 - 14 * i)
            raw.FPDFPage_InsertObject(page, obj)
        raw.FPDFPage_GenerateContent(page)
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def make_scanned_pdf(pages: int = 2) -> bytes:
    """A PDF like a scan: each page holds only an image (a grey bitmap), no text."""
    pdf = pdfium.PdfDocument.new()
    for _ in range(pages):
        page = pdf.new_page(612, 792)
        bitmap = pdfium.PdfBitmap.new_native(200, 260, raw.FPDFBitmap_BGR)
        bitmap.fill_rect((128, 128, 128, 255), 0, 0, 200, 260)
        image = pdfium.PdfImage.new(pdf)
        image.set_bitmap(bitmap)
        image.set_matrix(pdfium.PdfMatrix().scale(500, 650).translate(50, 70))
        page.insert_obj(image)
        page.gen_content()
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()
