import type { z } from "zod";
import type { templatesSchema } from "./schema";

/**
 * Use-case templates from practice. A template pre-fills typical answers and token sizes;
 * everything stays editable. Token sizes come from shared/research/COST-FACTS.md ("Tokens per
 * request, typical") unless said otherwise.
 */
export const templates = [
  {
    id: "document-processing",
    name: "Document processing and extraction",
    description: "Pull fields, clauses or figures out of contracts, invoices and forms.",
    answers: {
      dataSensitivity: "confidential",
      monthlyRequests: 200000,
      inputTokens: 3000,
      outputTokens: 500,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "prompting",
      capabilityNeed: "standard",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "A team's backlog (≈1,000 pages a day)", monthlyRequests: 30000 },
      { label: "A department (≈7,000 pages a day)", monthlyRequests: 200000 },
      { label: "Enterprise-wide (≈100,000 pages a day)", monthlyRequests: 3000000 },
    ],
    source:
      "Document extraction, per page: 1,000–5,000 input and 200–1,000 output tokens (Crossover cost research, Nov 2026)",
  },
  {
    id: "regulated-customer-assistant",
    name: "Customer-facing AI in a regulated industry",
    description:
      "An assistant that answers customers of a bank, insurer or health provider about their own accounts.",
    answers: {
      dataSensitivity: "regulated",
      monthlyRequests: 500000,
      inputTokens: 1650,
      outputTokens: 200,
      strategicImportance: "differentiating",
      auditability: "required",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "high_stakes",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "Pilot with one product line", monthlyRequests: 50000 },
      { label: "All retail customers", monthlyRequests: 500000 },
      { label: "Every channel, every customer", monthlyRequests: 5000000 },
    ],
    source:
      "Chat support with retrieval: about 1,650 input and 200 output tokens (Crossover cost research, Nov 2026)",
  },
  {
    id: "proprietary-ai-product",
    name: "A proprietary AI product",
    description:
      "The AI capability is what customers buy: a feature at the heart of your own product.",
    answers: {
      dataSensitivity: "confidential",
      monthlyRequests: 3000000,
      inputTokens: 2000,
      outputTokens: 600,
      strategicImportance: "core_product",
      auditability: "helpful",
      customization: "fine_tune",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "customers",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "Beta with early customers", monthlyRequests: 200000 },
      { label: "Launched product", monthlyRequests: 3000000 },
      { label: "Product at scale", monthlyRequests: 30000000 },
    ],
    source:
      "Agentic step about 1,900 input and 650 output tokens (Crossover cost research, Nov 2026), rounded",
  },
  {
    id: "knowledge-search",
    name: "Internal productivity and knowledge search",
    description:
      "Employees ask questions and get answers from the company's documents, with sources.",
    answers: {
      dataSensitivity: "internal",
      monthlyRequests: 300000,
      inputTokens: 1400,
      outputTokens: 400,
      strategicImportance: "important",
      auditability: "none",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "weeks",
      exposure: "internal",
      lockInTolerance: "acceptable",
    },
    volumePresets: [
      { label: "One department (≈500 people)", monthlyRequests: 30000 },
      { label: "Company of 5,000", monthlyRequests: 300000 },
      { label: "Company of 50,000", monthlyRequests: 3000000 },
    ],
    source:
      "RAG knowledge search: about 1,400 input and 400 output tokens (Crossover cost research, Nov 2026)",
  },
  {
    id: "customer-support-assistant",
    name: "Customer support assistant",
    description:
      "Drafts or sends answers to customer tickets and chats from the help-centre knowledge.",
    answers: {
      dataSensitivity: "confidential",
      monthlyRequests: 1000000,
      inputTokens: 1650,
      outputTokens: 200,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "customers",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "Agent assist for one team", monthlyRequests: 100000 },
      { label: "All support channels", monthlyRequests: 1000000 },
      { label: "Consumer scale", monthlyRequests: 10000000 },
    ],
    source:
      "Chat support with retrieval: about 1,650 input and 200 output tokens (Crossover cost research, Nov 2026)",
  },
  {
    id: "coding-assistant",
    name: "Coding assistant",
    description: "Helps developers write, review and explain code inside their editor.",
    answers: {
      dataSensitivity: "confidential",
      monthlyRequests: 400000,
      inputTokens: 20000,
      outputTokens: 600,
      strategicImportance: "important",
      auditability: "none",
      customization: "prompting",
      capabilityNeed: "frontier",
      timeToValue: "weeks",
      exposure: "internal",
      lockInTolerance: "acceptable",
    },
    volumePresets: [
      { label: "A team of 50 developers", monthlyRequests: 40000 },
      { label: "An engineering organization of 500", monthlyRequests: 400000 },
      { label: "5,000 developers", monthlyRequests: 4000000 },
    ],
    source:
      "Code assistant prompts average about 20,000 tokens (OpenRouter, Dec 2025, in Crossover cost research, Nov 2026); answers of about 600 tokens are a Crossover estimate",
  },
  {
    id: "marketing-content",
    name: "Marketing content",
    description: "Drafts campaign copy, product descriptions and social posts for people to edit.",
    answers: {
      dataSensitivity: "public",
      monthlyRequests: 20000,
      inputTokens: 1500,
      outputTokens: 1000,
      strategicImportance: "commodity",
      auditability: "none",
      customization: "prompting",
      capabilityNeed: "advanced",
      timeToValue: "weeks",
      exposure: "customers",
      lockInTolerance: "acceptable",
    },
    volumePresets: [
      { label: "A marketing team", monthlyRequests: 20000 },
      { label: "Catalogue of 100,000 products, refreshed monthly", monthlyRequests: 100000 },
      { label: "Personalised content at scale", monthlyRequests: 2000000 },
    ],
    source:
      "Crossover estimate from a brief with examples in, a draft out (about 1,500 and 1,000 tokens)",
  },
  {
    id: "business-analytics",
    name: "Analytics over business data",
    description: "Answers questions about sales, finance and operations data in plain language.",
    answers: {
      dataSensitivity: "confidential",
      monthlyRequests: 50000,
      inputTokens: 4000,
      outputTokens: 800,
      strategicImportance: "important",
      auditability: "helpful",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "Finance and leadership (≈100 users)", monthlyRequests: 10000 },
      { label: "All managers (≈1,000 users)", monthlyRequests: 50000 },
      { label: "Embedded in every dashboard", monthlyRequests: 1000000 },
    ],
    source: "Crossover estimate: schema, question and retrieved rows in; query and explanation out",
  },
  {
    id: "privileged-document-review",
    name: "Privileged or classified document review",
    description:
      "Reviews legal, defence or board documents that must never leave the organization.",
    answers: {
      dataSensitivity: "restricted",
      monthlyRequests: 100000,
      inputTokens: 6000,
      outputTokens: 800,
      strategicImportance: "important",
      auditability: "required",
      customization: "rag",
      capabilityNeed: "advanced",
      timeToValue: "flexible",
      exposure: "internal",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "One matter or programme", monthlyRequests: 10000 },
      { label: "A legal or security department", monthlyRequests: 100000 },
      { label: "Organization-wide", monthlyRequests: 1000000 },
    ],
    source:
      "Crossover estimate: one section of a long document (about 6,000 tokens) in, a review note (800) out; summarising a whole document takes about 7,750 in and 1,200 out (Crossover cost research, Nov 2026)",
  },
  {
    id: "high-volume-classification",
    name: "High-volume classification and routing",
    description: "Tags, routes or moderates every incoming message, transaction or record.",
    answers: {
      dataSensitivity: "internal",
      monthlyRequests: 20000000,
      inputTokens: 800,
      outputTokens: 20,
      strategicImportance: "commodity",
      auditability: "helpful",
      customization: "fine_tune",
      capabilityNeed: "standard",
      timeToValue: "quarter",
      exposure: "internal",
      lockInTolerance: "acceptable",
    },
    volumePresets: [
      { label: "One queue", monthlyRequests: 1000000 },
      { label: "All inbound messages", monthlyRequests: 20000000 },
      { label: "Every transaction", monthlyRequests: 300000000 },
    ],
    source: "Crossover estimate: a short message and instructions in, a label out",
  },
  {
    id: "agentic-back-office",
    name: "Agentic back-office automation",
    description:
      "Agents that carry out multi-step tasks in internal systems, such as claims or onboarding.",
    answers: {
      dataSensitivity: "regulated",
      monthlyRequests: 2000000,
      inputTokens: 1900,
      outputTokens: 650,
      strategicImportance: "differentiating",
      auditability: "required",
      customization: "fine_tune",
      capabilityNeed: "frontier",
      timeToValue: "quarter",
      exposure: "high_stakes",
      lockInTolerance: "concerned",
    },
    volumePresets: [
      { label: "Pilot process", monthlyRequests: 200000 },
      { label: "Several processes", monthlyRequests: 2000000 },
      { label: "The whole back office", monthlyRequests: 20000000 },
    ],
    source:
      "Agentic task: about 1,900 input and 650 output tokens per step (Crossover cost research, Nov 2026)",
  },
] satisfies z.input<typeof templatesSchema>;
