CREATE TYPE "public"."trim_role" AS ENUM('practitioner', 'manager');--> statement-breakpoint
CREATE TYPE "public"."trim_stage" AS ENUM('initial', 'follow-up');--> statement-breakpoint
CREATE TABLE "trim_assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"stage" "trim_stage" NOT NULL,
	"consented" boolean NOT NULL,
	"tool_version" integer,
	"answers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"score" integer,
	"recommendation" text,
	"outcome" text NOT NULL,
	"notes_ciphertext" text,
	"assessed_by" text NOT NULL,
	"assessed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trim_cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	"person_ref" text NOT NULL,
	"practitioner_ref" text NOT NULL,
	"initial_due_at" timestamp with time zone NOT NULL,
	"follow_up_due_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"closed_by" text,
	"close_reason" text
);
--> statement-breakpoint
CREATE TABLE "trim_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"logged_by" text NOT NULL,
	"logged_at" timestamp with time zone NOT NULL,
	"planning_due_at" timestamp with time zone NOT NULL,
	"planning_held_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	CONSTRAINT "trim_incidents_title_length" CHECK (char_length("trim_incidents"."title") <= 80)
);
--> statement-breakpoint
CREATE TABLE "trim_staff" (
	"community_id" uuid NOT NULL,
	"user_ref" text NOT NULL,
	"role" "trim_role" NOT NULL,
	"assigned_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trim_staff_community_id_user_ref_pk" PRIMARY KEY("community_id","user_ref")
);
--> statement-breakpoint
CREATE TABLE "trim_tools" (
	"community_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "trim_tools_community_id_version_pk" PRIMARY KEY("community_id","version"),
	CONSTRAINT "trim_tools_version_positive" CHECK ("trim_tools"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "trim_assessments" ADD CONSTRAINT "trim_assessments_case_id_trim_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."trim_cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trim_assessments" ADD CONSTRAINT "trim_assessments_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trim_cases" ADD CONSTRAINT "trim_cases_incident_id_trim_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."trim_incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trim_cases" ADD CONSTRAINT "trim_cases_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trim_incidents" ADD CONSTRAINT "trim_incidents_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trim_staff" ADD CONSTRAINT "trim_staff_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trim_tools" ADD CONSTRAINT "trim_tools_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "trim_assessments_stage" ON "trim_assessments" USING btree ("case_id","stage");--> statement-breakpoint
CREATE UNIQUE INDEX "trim_cases_person" ON "trim_cases" USING btree ("incident_id","person_ref");--> statement-breakpoint
CREATE INDEX "trim_cases_open" ON "trim_cases" USING btree ("community_id","practitioner_ref") WHERE "trim_cases"."closed_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "trim_incidents_number" ON "trim_incidents" USING btree ("community_id","number");