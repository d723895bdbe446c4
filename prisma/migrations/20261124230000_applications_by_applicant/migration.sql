-- CreateIndex: an enterprise's applications by year (repeat filings, its earlier approvals).
CREATE INDEX "applications_applicant_id_year_idx" ON "applications"("applicant_id", "year");
