-- AlterTable: pending figures the current engine no longer finds (see scripts/reextract.ts).
ALTER TABLE "Figure" ADD COLUMN "notFoundByEngine" BOOLEAN NOT NULL DEFAULT false;
